//! Ideas full of payloads, made the ways a user makes them: through the
//! wizard's forms (title, name, every step) and by uploading an idea file
//! (front matter, heading, pitch, every section).

use super::Failure;
use super::client::Client;
use super::payloads::Payload;

/// The wizard's steps, in order (their URL ids).
pub const STEPS: [&str; 7] = [
    "pitch",
    "customer",
    "problem",
    "solution",
    "evidence",
    "experience",
    "risks",
];
/// The section heading of each step after the pitch, for uploaded files.
pub const HEADINGS: [&str; 6] = [
    "Customer",
    "Problem",
    "Solution",
    "Evidence",
    "Experience",
    "Risks",
];
/// The local workspace's prefix (`/w/1`), from the `/` redirect.
pub async fn workspace(client: &Client) -> Result<String, Failure> {
    Ok(client.get("/").await?.expect(303, "GET /")?.location)
}

/// The group's payloads as separate paragraphs, starting at `shift` so
/// each payload also opens some field.
pub fn paragraphs(group: &[Payload], shift: usize) -> String {
    let mut texts: Vec<&str> = group.iter().map(|p| p.text.as_str()).collect();
    let len = texts.len().max(1);
    texts.rotate_left(shift % len);
    texts.join("\n\n")
}

/// Which payloads a group holds, for failure messages.
pub fn families(group: &[Payload]) -> String {
    let texts: Vec<String> = group
        .iter()
        .map(|p| format!("{} {:?}", p.family, p.text))
        .collect();
    texts.join(", ")
}

/// The group on one line (titles and names).
pub fn one_line(group: &[Payload]) -> String {
    group
        .iter()
        .map(|p| p.text.replace('\n', " "))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Creates an idea with the payloads as its title, then types them into
/// the name and every step; returns the idea's URL.
pub async fn through_wizard(
    client: &Client,
    base: &str,
    group: &[Payload],
) -> Result<String, Failure> {
    let title = one_line(group);
    let created = client
        .post_form(&format!("{base}/ideas"), &[("title", &title)])
        .await?
        .expect(303, "new idea")?;
    let idea = created
        .location
        .strip_suffix("/steps/pitch")
        .ok_or("a new idea opens the wizard")?
        .to_string();
    for (i, step) in STEPS.iter().enumerate() {
        let answer = paragraphs(group, i);
        let mut fields = vec![("answer", answer.as_str()), ("action", "save")];
        if *step == "pitch" {
            fields.push(("name", &title));
        }
        client
            .post_form(&format!("{idea}/steps/{step}"), &fields)
            .await?
            .expect(303, &format!("saving step {step} with {}", families(group)))?;
    }
    Ok(idea)
}

/// Uploads an idea file with the payloads in its front matter (known and
/// unknown keys), its H1, pitch and every section; returns the idea's URL.
pub async fn through_upload(
    client: &Client,
    base: &str,
    group: &[Payload],
) -> Result<String, Failure> {
    // A JSON string is a valid YAML double-quoted scalar: any payload fits.
    let yaml = |shift: usize| {
        let mut g = group.to_vec();
        let len = g.len().max(1);
        g.rotate_left(shift % len);
        serde_json::Value::String(one_line(&g)).to_string()
    };
    let mut file = format!(
        "---\nname: {}\ncompany: {}\ncity: {}\nprice: {}\ntagline: {}\n---\n\n# {}\n\n{}\n",
        yaml(0),
        yaml(1),
        yaml(2),
        yaml(3),
        yaml(0),
        one_line(group),
        paragraphs(group, 1)
    );
    for (i, heading) in HEADINGS.iter().enumerate() {
        file.push_str(&format!("\n## {heading}\n\n{}\n", paragraphs(group, i + 2)));
    }
    let page = client
        .post_file(&format!("{base}/ideas/upload"), "payloads.md", &file)
        .await?
        .expect(303, &format!("uploading a file with {}", families(group)))?;
    Ok(page.location)
}
