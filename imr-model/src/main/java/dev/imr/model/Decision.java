package dev.imr.model;

/** What the expert reviewer decided about one disputed item. */
public enum Decision {
  /** The utilization-review denial stands: the treatment is not authorised. */
  UPHELD,
  /** The utilization-review denial is reversed: the treatment is to be authorised. */
  OVERTURNED
}
