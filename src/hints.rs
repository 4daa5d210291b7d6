//! Evidence a rich source keeps and plain text loses, for
//! [`crate::parse_with`]: which ranges of the text were bold, and which
//! paragraphs carried a heading style.
//!
//! ```text
//! 　　浦东引领区加快打造。深入开展浦东综合改革试点，…
//!     ^^^^^^^^^^^^^^^^^^ bold        → a lead heading (its 。 may be plain)
//! 总体要求                 pStyle "标题 2" / outlineLvl 1 → a heading at level 2
//! ```
//!
//! The .docx extraction ([`crate::docx`]) produces them; any other source
//! (an HTML page, a PDF with fonts) may too. Offsets are byte offsets into
//! the text given to `parse_with`, sorted by start. Empty hints parse
//! exactly as [`crate::parse`].

/// A range of the text with what its source said about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Emphasis {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte. Ranges come sorted by start.
    pub end: usize,
    /// The range was set in bold.
    pub bold: bool,
    /// The paragraph this range covers carried a heading style of this
    /// level (1 = Heading 1 / 标题 1 / outline level 0).
    pub heading_level: Option<u8>,
}

/// All the evidence for one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hints {
    pub emphasis: Vec<Emphasis>,
}

impl Hints {
    /// Flat form for the WebAssembly boundary: `[start, end, flags]` per
    /// range, flags = bold | heading level << 1.
    pub fn to_flat(&self) -> Vec<u32> {
        self.emphasis
            .iter()
            .flat_map(|e| {
                let flags = u32::from(e.bold) | u32::from(e.heading_level.unwrap_or(0)) << 1;
                [e.start as u32, e.end as u32, flags]
            })
            .collect()
    }

    /// The inverse of [`Hints::to_flat`]; a trailing partial triple is dropped.
    pub fn from_flat(flat: &[u32]) -> Hints {
        Hints {
            emphasis: flat
                .chunks_exact(3)
                .map(|t| Emphasis {
                    start: t[0] as usize,
                    end: t[1] as usize,
                    bold: t[2] & 1 != 0,
                    heading_level: match (t[2] >> 1) as u8 {
                        0 => None,
                        n => Some(n.min(9)),
                    },
                })
                .collect(),
        }
    }
}

/// The hints resolved to code-point positions of a [`crate::text::Source`].
#[derive(Clone, Debug, Default)]
pub(crate) struct Evidence {
    /// Bold ranges (code points), sorted by start, merged where they touch.
    bold: Vec<(usize, usize)>,
    /// Heading-styled ranges (code points) and their levels, sorted.
    headings: Vec<(usize, usize, u8)>,
}

impl Evidence {
    /// Resolve the hints' byte offsets with `index` (byte offset → code
    /// point, None off a character boundary); ranges that do not resolve,
    /// are empty, or come out of order (the hints are sorted by start) are
    /// dropped. Overlapping or touching bold ranges merge.
    pub fn new(hints: &Hints, index: impl Fn(usize) -> Option<usize>) -> Evidence {
        let mut evidence = Evidence::default();
        for e in &hints.emphasis {
            let (Some(s), Some(t)) = (index(e.start), index(e.end)) else {
                continue;
            };
            if s >= t {
                continue;
            }
            if e.bold {
                match evidence.bold.last_mut() {
                    Some(last) if s < last.0 => {}
                    Some(last) if s <= last.1 => last.1 = last.1.max(t),
                    _ => evidence.bold.push((s, t)),
                }
            }
            if let Some(level) = e.heading_level.filter(|&l| (1..=9).contains(&l)) {
                if evidence.headings.last().is_none_or(|last| last.0 <= s) {
                    evidence.headings.push((s, t, level));
                }
            }
        }
        evidence
    }

    pub fn is_empty(&self) -> bool {
        self.bold.is_empty() && self.headings.is_empty()
    }

    /// The end of the bold range that covers code point `at`, if any.
    pub fn bold_end_at(&self, at: usize) -> Option<usize> {
        let i = self.bold.partition_point(|r| r.0 <= at);
        let (s, e) = *self.bold.get(i.checked_sub(1)?)?;
        (s <= at && at < e).then_some(e)
    }

    /// A lead title set in bold: the paragraph `start..end` (code points of
    /// the folded `chars`) opens with a bold run that ends at a sentence
    /// end (。！？, bold or not), and a body follows. Returns the title's
    /// end (before the 。) and the heading's end (after it).
    pub fn bold_lead(&self, chars: &[char], start: usize, end: usize) -> Option<(usize, usize)> {
        let end = end.min(chars.len());
        let mut t = start;
        while t < end && is_inline_space(chars[t]) {
            t += 1;
        }
        let mut e = self.bold_end_at(t)?.min(end);
        while e > t && is_inline_space(chars[e - 1]) {
            e -= 1;
        }
        let mut next = e;
        while next < end && is_inline_space(chars[next]) {
            next += 1;
        }
        let (title_end, heading_end) = if e > t && is_end(chars[e - 1]) {
            (e - 1, e)
        } else if next < end && is_end(chars[next]) {
            (e, next + 1)
        } else {
            return None;
        };
        // A title, not a sentence run on: short, one sentence, a body after.
        let title = &chars[t..title_end];
        let body = chars[heading_end..end].iter().any(|&c| !is_inline_space(c));
        (body && (2..=60).contains(&title.len()) && !title.iter().any(|&c| is_end(c)))
            .then_some((title_end, heading_end))
    }

    /// The heading level of a styled range that covers `start..end`.
    pub fn heading_level(&self, start: usize, end: usize) -> Option<u8> {
        let i = self.headings.partition_point(|r| r.0 <= start);
        let (s, e, level) = *self.headings.get(i.checked_sub(1)?)?;
        (s <= start && end <= e).then_some(level)
    }
}

/// White space inside a line (folded or not).
fn is_inline_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{A0}')
}

/// A sentence end in folded text (full-width ！ and ？ fold to ASCII).
fn is_end(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '！' | '？')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_form_round_trips() {
        let hints = Hints {
            emphasis: vec![
                Emphasis {
                    start: 0,
                    end: 6,
                    bold: true,
                    heading_level: None,
                },
                Emphasis {
                    start: 7,
                    end: 9,
                    bold: false,
                    heading_level: Some(2),
                },
            ],
        };
        assert_eq!(
            Hints::from_flat(&hints.to_flat()),
            hints,
            "should round-trip"
        );
    }

    /// Evidence over `text`, resolving byte offsets as Source does.
    fn evidence(text: &str, hints: &Hints) -> Evidence {
        let starts: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        Evidence::new(hints, |b| starts.binary_search(&b).ok())
    }

    #[test]
    fn merges_touching_bold_runs() {
        let text = "ab cd。ef";
        let hints = Hints {
            emphasis: vec![
                Emphasis {
                    start: 0,
                    end: 3,
                    bold: true,
                    heading_level: None,
                },
                Emphasis {
                    start: 3,
                    end: 5,
                    bold: true,
                    heading_level: None,
                },
            ],
        };
        let ev = evidence(text, &hints);
        assert_eq!(ev.bold_end_at(0), Some(5), "should merge touching runs");
        assert_eq!(ev.bold_end_at(6), None, "should not cover plain text");
    }

    fn lead(text: &str, bold: &str) -> Option<(usize, usize)> {
        let start = text.find(bold).unwrap();
        let hints = Hints {
            emphasis: vec![Emphasis {
                start,
                end: start + bold.len(),
                bold: true,
                heading_level: None,
            }],
        };
        let chars: Vec<char> = text.chars().collect();
        evidence(text, &hints).bold_lead(&chars, 0, chars.len())
    }

    #[test]
    fn finds_a_bold_lead_title() {
        assert_eq!(
            lead("　　防疫网络织细织实。贯彻落实", "防疫网络织细织实"),
            Some((10, 11)),
            "should end the title before a plain 。"
        );
        assert_eq!(
            lead("防疫网络织细织实。贯彻落实", "防疫网络织细织实。"),
            Some((8, 9)),
            "should take a bold 。"
        );
        assert_eq!(
            lead("防疫网络织细织实，贯彻落实。", "防疫网络织细织实"),
            None,
            "should want a sentence end after the bold run"
        );
        assert_eq!(
            lead("防疫网络织细织实。", "防疫网络织细织实。"),
            None,
            "should want a body after the title"
        );
        assert_eq!(
            lead("我们要防疫网络织细织实。贯彻", "防疫网络"),
            None,
            "should want the bold run to open the paragraph"
        );
    }

    #[test]
    fn drops_ranges_off_char_boundaries() {
        let hints = Hints {
            emphasis: vec![Emphasis {
                start: 1,
                end: 3,
                bold: true,
                heading_level: None,
            }],
        };
        assert!(
            evidence("总体", &hints).is_empty(),
            "should drop a range inside a character"
        );
    }
}
