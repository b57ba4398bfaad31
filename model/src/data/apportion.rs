//! Splitting a whole number of units (pence, hundredths of a percent) into parts that
//! add up exactly to the whole.

/// Splits `total` units in proportion to `weights` by the largest-remainder method.
///
/// Each part first gets the whole-unit floor of its exact quota; the units left over go
/// one each to the parts with the largest remainders. Equal remainders are broken by
/// order: the earlier part gets the unit. The parts always add up to `total`.
///
/// Returns `None` when every weight is zero (there is nothing to be in proportion to).
pub fn largest_remainder(total: u64, weights: &[u64]) -> Option<Vec<u64>> {
    let weight_sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    if weight_sum == 0 {
        return None;
    }
    let total_wide = u128::from(total);
    let mut parts = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    for &weight in weights {
        let scaled = total_wide * u128::from(weight);
        parts.push((scaled / weight_sum) as u64);
        remainders.push(Some(scaled % weight_sum));
    }
    let handed_out: u64 = parts.iter().sum();
    // Fewer units are left over than there are parts, so picking the largest remainder
    // that many times is cheap and needs no sort in the bundle. `max_by` keeps the last
    // of equals, so scanning in reverse gives a tie to the earlier part.
    for _ in 0..total - handed_out {
        let largest = remainders
            .iter()
            .enumerate()
            .rev()
            .filter_map(|(index, remainder)| remainder.map(|r| (r, index)))
            .max_by(|a, b| a.0.cmp(&b.0));
        if let Some((_, index)) = largest {
            parts[index] += 1;
            remainders[index] = None;
        }
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn south_yorkshire_shares_in_hundredths_of_a_percent() {
        let weights = [52_000, 60_000, 50_000, 50_000, 50_000];
        let shares = largest_remainder(10_000, &weights).unwrap();
        assert_eq!(shares, vec![1985, 2290, 1909, 1908, 1908]);
        assert_eq!(shares.iter().sum::<u64>(), 10_000);
    }

    #[test]
    fn equal_split_gives_extra_units_to_the_earliest_parts() {
        let parts = largest_remainder(7_171_167, &[1; 5]).unwrap();
        assert_eq!(
            parts,
            vec![1_434_234, 1_434_234, 1_434_233, 1_434_233, 1_434_233]
        );
    }

    #[test]
    fn all_zero_weights_have_no_split() {
        assert_eq!(largest_remainder(100, &[0, 0]), None);
        assert_eq!(largest_remainder(100, &[]), None);
    }

    #[test]
    fn zero_weight_parts_get_nothing() {
        assert_eq!(largest_remainder(10, &[0, 3, 0]).unwrap(), vec![0, 10, 0]);
    }

    #[test]
    fn parts_always_add_up_for_many_inputs() {
        // A deterministic spread of awkward inputs (no randomness: reproducible).
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let count = (seed % 12) as usize + 1;
            let total = seed % 100_000_000_000;
            let weights: Vec<u64> = (0..count)
                .map(|i| (seed.rotate_left(i as u32 * 5) % 10_000_000_000) + (i as u64 % 2))
                .collect();
            let parts = largest_remainder(total, &weights).unwrap();
            assert_eq!(parts.iter().sum::<u64>(), total);
        }
    }
}
