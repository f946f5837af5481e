//! The `backwards` command-line tool.

fn main() {
    println!("backwards");
}
