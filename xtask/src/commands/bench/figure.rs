//! A figure of the table: every sample of one measure on one system, shown as
//! its median with the min-max spread, and whether two such figures differ by
//! more than their noise.

use serde::ser::SerializeStruct;
use serde::Serialize;

/// The samples of one measure on one system (at least one).
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    samples: Vec<f64>,
}

impl Figure {
    /// The figure of `samples`, or `None` when there are none.
    pub fn of(samples: Vec<f64>) -> Option<Figure> {
        (!samples.is_empty()).then_some(Figure { samples })
    }

    /// A figure measured once (a size, a count).
    pub fn single(value: f64) -> Figure {
        Figure { samples: vec![value] }
    }

    /// The samples in the order they were taken.
    pub fn samples(&self) -> &[f64] {
        &self.samples
    }

    fn sorted(&self) -> Vec<f64> {
        let mut sorted = self.samples.clone();
        sorted.sort_by(|left, right| left.total_cmp(right));
        sorted
    }

    /// The median (the mean of the two middle samples when their count is even).
    pub fn median(&self) -> f64 {
        let sorted = self.sorted();
        let middle = sorted.len() / 2;
        if sorted.len() % 2 == 1 {
            sorted[middle]
        } else {
            (sorted[middle - 1] + sorted[middle]) / 2.0
        }
    }

    /// The smallest sample.
    pub fn min(&self) -> f64 {
        self.sorted()[0]
    }

    /// The largest sample.
    pub fn max(&self) -> f64 {
        self.sorted()[self.samples.len() - 1]
    }

    /// Whether this figure's min-max range overlaps `other`'s: then which of
    /// the two is faster is not settled by these runs, whatever the medians say.
    pub fn overlaps(&self, other: &Figure) -> bool {
        self.min() <= other.max() && other.min() <= self.max()
    }
}

/// `value` rounded to three decimals, as the JSON shows it.
pub fn three_decimals(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

impl Serialize for Figure {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let samples: Vec<f64> = self.samples.iter().copied().map(three_decimals).collect();
        let mut object = serializer.serialize_struct("Figure", 4)?;
        object.serialize_field("median", &three_decimals(self.median()))?;
        object.serialize_field("min", &three_decimals(self.min()))?;
        object.serialize_field("max", &three_decimals(self.max()))?;
        object.serialize_field("samples", &samples)?;
        object.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_the_median_with_its_spread() {
        let figure = Figure::of(vec![5.0, 1.0, 3.0]).unwrap();
        assert_eq!((figure.median(), figure.min(), figure.max()), (3.0, 1.0, 5.0));
        assert_eq!(figure.samples(), [5.0, 1.0, 3.0]);
        assert_eq!(Figure::of(vec![4.0, 1.0, 2.0, 3.0]).unwrap().median(), 2.5);
        assert_eq!(Figure::of(Vec::new()), None);
    }

    #[test]
    fn figures_whose_ranges_meet_are_within_noise() {
        let slow = Figure::of(vec![10.0, 12.0, 11.0]).unwrap();
        let close = Figure::of(vec![8.0, 10.0, 9.0]).unwrap();
        let fast = Figure::of(vec![5.0, 6.0, 7.0]).unwrap();
        assert!(slow.overlaps(&close) && close.overlaps(&slow));
        assert!(!slow.overlaps(&fast) && !fast.overlaps(&slow));
    }

    #[test]
    fn json_gives_median_min_max_and_every_sample() {
        let figure = Figure::of(vec![1.23456, 2.0, 0.5]).unwrap();
        assert_eq!(
            serde_json::to_value(&figure).unwrap(),
            serde_json::json!({"median": 1.235, "min": 0.5, "max": 2.0, "samples": [1.235, 2.0, 0.5]})
        );
    }
}
