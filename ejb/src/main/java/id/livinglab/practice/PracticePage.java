package id.livinglab.practice;

import java.util.List;

/** A page of the catalogue: its rows, how many match in all, and which page of how many. */
public record PracticePage(List<PracticeCard> rows, int total, int page, int pages, int size) {}
