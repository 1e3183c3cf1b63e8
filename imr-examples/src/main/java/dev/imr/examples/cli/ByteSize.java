package dev.imr.examples.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A size on the command line: a number of bytes, or a number with a binary unit, {@code 512K},
 * {@code 4M}, {@code 1G} ({@code KiB}, {@code MB} and the like are read the same: 1024 bytes a K).
 */
public final class ByteSize implements ITypeConverter<Long> {

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,19})\\s*(?:([KMGT])(?:I?B)?|B)?", Pattern.CASE_INSENSITIVE);

  @Override
  public Long convert(String value) {
    Matcher matcher = SIZE.matcher(value.strip());
    if (!matcher.matches()) {
      throw new TypeConversionException(
          "not a size: '" + value + "' (a number of bytes, or with K, M or G: 4M)");
    }
    long number;
    try {
      number = Long.parseLong(matcher.group(1));
    } catch (NumberFormatException e) {
      throw new TypeConversionException("too large: '" + value + "'");
    }
    String unit = matcher.group(2);
    int shift = unit == null ? 0
        : 10 * ("KMGT".indexOf(unit.toUpperCase(Locale.ROOT).charAt(0)) + 1);
    if (number > (Long.MAX_VALUE >> shift)) {
      throw new TypeConversionException("too large: '" + value + "'");
    }
    return number << shift;
  }
}
