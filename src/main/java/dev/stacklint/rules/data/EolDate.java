package dev.stacklint.rules.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * An end-of-life date as published: a day ({@code 2024-10-07}) or, when only the month was announced, a month
 * ({@code 2026-10}), which counts as passed once the month is over.
 */
public record EolDate(String text) {
    public EolDate {
        lastDay(text);
    }

    /** True once the date has passed: the product gets no more fixes on {@code today}. */
    public boolean passed(LocalDate today) {
        LocalDate day = lastDay(text);
        return text.length() == 7 ? today.isAfter(day) : !today.isBefore(day);
    }

    private static LocalDate lastDay(String text) {
        try {
            return text.length() == 7 ? YearMonth.parse(text).atEndOfMonth() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("end-of-life date must be YYYY-MM-DD or YYYY-MM: " + text, e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
