//! What `propos` says on stderr while it works: a progress bar (only on a
//! terminal), the problems of the articles, and a closing summary.

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use propos_analytics::{Outcome, Progress, Summary};

/// Reports on stderr, unless quiet.
pub struct Reporter {
    quiet: bool,
    bar: Option<ProgressBar>,
}

impl Reporter {
    /// A reporter for reading `inputs`; it shows a progress bar when stderr is
    /// a terminal, `inputs` is not empty and `quiet` is false. The bar counts
    /// bytes of text against the size of the input files (ETA), plus articles.
    pub fn new(inputs: &[impl AsRef<Path>], quiet: bool) -> Self {
        let show = !quiet && !inputs.is_empty() && std::io::stderr().is_terminal();
        let bar = show.then(|| {
            let mut visited = HashSet::new();
            let total: u64 = inputs
                .iter()
                .map(|p| input_size(p.as_ref(), &mut visited))
                .sum();
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template(
                    "{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} {msg} ETA {eta}",
                )
                .expect("valid template")
                .progress_chars("=> "),
            );
            bar
        });
        Self { quiet, bar }
    }

    /// The callback that moves the bar, if there is one.
    pub fn callback(&self) -> Option<impl Fn(Progress) + Sync + '_> {
        let bar = self.bar.as_ref()?;
        Some(move |p: Progress| {
            bar.set_position(p.bytes);
            let seconds = bar.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{} articles ({:.0}/s)",
                p.articles,
                p.articles as f64 / seconds
            ));
        })
    }

    fn say(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Prints the problems of a chunk of outcomes.
    pub fn problems(&self, outcomes: &[Outcome]) {
        if self.quiet {
            return;
        }
        for outcome in outcomes {
            match outcome {
                Err(failure) => self.say(&format!("propos: skipped {}", failure.error)),
                Ok(e) => {
                    for problem in &e.problems {
                        self.say(&format!("propos: {}: {problem}", e.doc_id));
                    }
                }
            }
        }
    }

    /// Clears the bar and prints the summary; fails only when nothing could be read.
    pub fn finish(&self, summary: &Summary) -> ExitCode {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if !self.quiet {
            eprintln!(
                "propos: {} article(s) read, {} skipped; {} statements, {} figures, {} dates; {} problem(s)",
                summary.read,
                summary.skipped,
                summary.statements,
                summary.figures,
                summary.dates,
                summary.problems,
            );
        }
        if summary.read == 0 {
            eprintln!("propos: error: no article could be read");
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Bytes in a file, or in the visible files under a directory (0 when
/// unreadable); a directory reached twice (a symlink loop) counts once.
fn input_size(path: &Path, visited: &mut HashSet<PathBuf>) -> u64 {
    let Ok(metadata) = std::fs::metadata(path) else {
        return 0;
    };
    if !metadata.is_dir() {
        return metadata.len();
    }
    let Ok(real) = std::fs::canonicalize(path) else {
        return 0;
    };
    if !visited.insert(real) {
        return 0;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| input_size(&e.path(), visited))
        .sum()
}
