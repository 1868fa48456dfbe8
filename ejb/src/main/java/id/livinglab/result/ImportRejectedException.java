package id.livinglab.result;

import id.livinglab.common.BusinessException;
import java.util.List;

/** A results file with problems (422): every problem is listed and nothing was stored. */
public class ImportRejectedException extends BusinessException {

  private final transient List<ImportProblem> problems;

  public ImportRejectedException(List<ImportProblem> problems) {
    super("import.rejected", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  @Override
  public int status() {
    return 422;
  }
}
