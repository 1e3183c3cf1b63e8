package dev.imr.examples.report;

/**
 * The 95% Wilson score interval of a rate: where the rate of a much larger set of such items
 * would lie, 19 times out of 20, given {@code successes} of {@code trials} seen. Unlike the
 * usual {@code p ± 1.96·√(p(1-p)/n)}, it stays within 0 and 1, is not a single point at 0 or at
 * 100%, and holds for small groups, which is where a reader needs it: 1 of 2 is {@code 9.5–90.5%}.
 *
 * @param lower the lower bound, from 0 to 1
 * @param upper the upper bound, from 0 to 1
 */
public record WilsonInterval(double lower, double upper) {

  /** The normal quantile of a two-sided 95% interval. */
  public static final double Z = 1.959963984540054;

  /**
   * The interval of {@code successes} of {@code trials}.
   *
   * @throws IllegalArgumentException when {@code trials} is not positive or {@code successes} is
   *     not between 0 and {@code trials}
   */
  public static WilsonInterval of(long successes, long trials) {
    if (trials <= 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(successes + " of " + trials + " is no rate");
    }
    double n = trials;
    double p = successes / n;
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At 0 and at every trial the bound is exact: no rounding below 0 or above 1.
    double lower = successes == 0 ? 0 : Math.max(0, centre - half);
    double upper = successes == trials ? 1 : Math.min(1, centre + half);
    return new WilsonInterval(lower, upper);
  }
}
