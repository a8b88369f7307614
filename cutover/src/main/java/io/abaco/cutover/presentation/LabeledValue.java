package io.abaco.cutover.presentation;

/** A label and its value as text, for small key/value tables (row counts, monitor summary). */
public record LabeledValue(String label, String value) {}
