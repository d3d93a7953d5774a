//! Extracts the articles of the given files and directories and prints one
//! JSON object per article (the statement-spec schema), using the core alone.
//!
//! `cargo run -p propos-core --example extract_jsonl -- seeds/ > out.jsonl`

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        return Err("usage: extract_jsonl INPUT...".into());
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for article in propos_read::read_paths(&paths, &Default::default()) {
        match article {
            Ok(article) => {
                let extraction = propos_core::extract(&article);
                serde_json::to_writer(&mut out, &extraction)?;
                writeln!(out)?;
            }
            Err(failure) => eprintln!("skipped {}: {}", failure.doc_id, failure.error),
        }
    }
    Ok(())
}
