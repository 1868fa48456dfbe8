package id.livinglab.result;

import java.util.List;

/**
 * What an accepted import did.
 *
 * @param replaced results of those years that existed before and were replaced
 */
public record ImportReport(List<Integer> years, int imported, int replaced) {}
