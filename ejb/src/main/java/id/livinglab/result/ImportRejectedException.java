package id.livinglab.result;

import id.livinglab.common.BusinessException;
import java.util.List;

/**
 * A results file with problems (422): nothing was stored; the first problems are listed (at most a
 * hundred) with the count of all of them.
 */
public class ImportRejectedException extends BusinessException {

  private final transient List<ImportProblem> problems;
  private final int problemCount;

  public ImportRejectedException(List<ImportProblem> problems, int problemCount) {
    super("import.rejected", problemCount);
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  public int problemCount() {
    return problemCount;
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
