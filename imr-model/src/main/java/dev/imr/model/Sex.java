package dev.imr.model;

/** The patient's sex as the case summary states it ({@code a 48 year old male}). */
public enum Sex {
  /** Stated as male (also {@code man}, {@code gentleman}). */
  MALE,
  /** Stated as female (also {@code woman}, {@code lady}). */
  FEMALE
}
