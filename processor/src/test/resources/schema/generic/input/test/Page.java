package test;

import java.util.List;

/**
 * A page of results; generic, so it is used with concrete type arguments.
 *
 * @param items the results on this page
 * @param total how many results there are in all
 */
public record Page<T>(List<T> items, int total) {}
