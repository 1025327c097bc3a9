package dev.stacklint.rules.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * An end-of-life date as published: a day ({@code 2024-10-07}) or, when only the month was announced, a month
 * ({@code 2026-10}), which counts as passed once the month is over.
 */
public record EolDate(String text) {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    public EolDate {
        lastDay(text);
    }

    /** True once the date has passed: the product gets no more fixes on {@code today}. */
    public boolean passed(LocalDate today) {
        LocalDate day = lastDay(text);
        return text.length() == 7 ? today.isAfter(day) : !today.isBefore(day);
    }

    /**
     * The last day the date names. Read by hand rather than with {@code LocalDate.parse}: java.time's formatter costs a
     * run some 15 ms to set up, for dates of one shape.
     */
    private static LocalDate lastDay(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new IllegalArgumentException("end-of-life date must be YYYY-MM-DD or YYYY-MM: " + text);
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        try {
            return text.length() == 7 ? YearMonth.of(year, month).atEndOfMonth()
                    : LocalDate.of(year, month, Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("end-of-life date must be YYYY-MM-DD or YYYY-MM: " + text, e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
