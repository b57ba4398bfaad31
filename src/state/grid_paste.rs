//! A block pasted into a cell of the grid of lines and years fills from that cell,
//! right and down, as in a spreadsheet: each cell becomes the text typed into the field
//! it lands on, read as typing would read it. Rows beyond the last line are not lost:
//! they go to the paste preview, to be added as lines.

use super::fields::{Field, LineRef};

/// The grid's columns before the years: the name, the kind and the annual amount.
pub const COLUMNS_BEFORE_YEARS: usize = 3;

/// What a cell of a pasted block does.
#[derive(Clone, Debug, PartialEq)]
pub enum GridEdit {
    /// Type this text into the field, then leave it.
    Type(Field, String),
    /// Set the line's kind, by its code or its label.
    Kind(LineRef, String),
}

/// A block pasted into the grid, worked out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GridPaste {
    pub edits: Vec<GridEdit>,
    /// The rows below the last line, as rows of a block to add (blank cells before the
    /// column the paste began in, so each cell keeps its column).
    pub overflow: Vec<Vec<String>>,
    /// Cells to the right of the last year, which fit nowhere.
    pub cut_off: usize,
}

/// The edits of `cells` pasted at (`row`, `column`) of the grid of `lines`, whose
/// contract runs `years` years.
pub fn grid_paste(
    lines: &[LineRef],
    years: usize,
    (row, column): (usize, usize),
    cells: &[Vec<String>],
) -> GridPaste {
    let mut paste = GridPaste::default();
    let width = COLUMNS_BEFORE_YEARS + years;
    for (offset, cells_of_row) in cells.iter().enumerate() {
        let Some(&line) = lines.get(row + offset) else {
            let mut overflow = vec![String::new(); column];
            overflow.extend(cells_of_row.iter().cloned());
            paste.overflow.push(overflow);
            continue;
        };
        for (across, text) in cells_of_row.iter().enumerate() {
            let at = column + across;
            let edit = match at {
                0 => GridEdit::Type(Field::LineName(line), text.trim().to_string()),
                1 => GridEdit::Kind(line, text.trim().to_string()),
                2 => GridEdit::Type(Field::Annual(line), text.trim().to_string()),
                _ if at < width => {
                    let year = (at - COLUMNS_BEFORE_YEARS + 1) as u16;
                    GridEdit::Type(Field::Year(line, year), text.trim().to_string())
                }
                _ => {
                    paste.cut_off += 1;
                    continue;
                }
            };
            paste.edits.push(edit);
        }
    }
    paste
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: u32) -> LineRef {
        LineRef::partner(id)
    }

    #[test]
    fn three_amounts_pasted_into_a_year_fill_that_year_and_the_two_after() {
        let cells = vec![vec![
            "29000".to_string(),
            "29500".to_string(),
            "30000".to_string(),
        ]];
        let paste = grid_paste(&[line(1), line(2)], 4, (1, 4), &cells);
        assert_eq!(
            paste.edits,
            [
                GridEdit::Type(Field::Year(line(2), 2), "29000".into()),
                GridEdit::Type(Field::Year(line(2), 3), "29500".into()),
                GridEdit::Type(Field::Year(line(2), 4), "30000".into()),
            ]
        );
        assert!(paste.overflow.is_empty());
        assert_eq!(paste.cut_off, 0);
    }

    #[test]
    fn rows_below_the_last_line_go_to_the_preview_and_cells_past_the_last_year_are_counted() {
        let cells = vec![
            vec!["Bolton".to_string(), "council".to_string(), "1".to_string()],
            vec![
                "Bury".to_string(),
                "council".to_string(),
                "2".to_string(),
                "3".to_string(),
                "4".to_string(),
            ],
        ];
        let paste = grid_paste(&[line(7)], 1, (0, 0), &cells);
        assert_eq!(paste.edits.len(), 3);
        assert_eq!(paste.edits[1], GridEdit::Kind(line(7), "council".into()));
        assert_eq!(paste.overflow, [cells[1].clone()]);
        let wide = grid_paste(
            &[line(7)],
            1,
            (0, 2),
            &[vec!["1".into(), "2".into(), "3".into()]],
        );
        assert_eq!((wide.edits.len(), wide.cut_off), (2, 1));
        let below = grid_paste(&[line(7)], 2, (0, 3), &[vec!["1".into()], vec!["2".into()]]);
        assert_eq!(
            below.overflow,
            [vec![
                String::new(),
                String::new(),
                String::new(),
                "2".to_string()
            ]]
        );
    }
}
