package id.livinglab.result;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one file: every one counted, the first {@value #REPORTED} kept. A file of 100,000
 * bad rows would otherwise become a problem list of megabytes; the first hundred show an official
 * what to fix, and the count says how much is left.
 */
final class ImportProblems {

  static final int REPORTED = 100;

  private final List<ImportProblem> first = new ArrayList<>();
  private int count;

  void add(ImportProblem problem) {
    if (first.size() < REPORTED) {
      first.add(problem);
    }
    count++;
  }

  int count() {
    return count;
  }

  List<ImportProblem> first() {
    return List.copyOf(first);
  }
}
