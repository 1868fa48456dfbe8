package id.livinglab.result;

import java.util.List;

/**
 * One problem of an uploaded results file: where (line, instansi code, column) and what, as a
 * message key with arguments so that each face words it in the user's language.
 */
public record ImportProblem(
    int line, String instansiCode, String field, String messageKey, List<Object> arguments) {

  static ImportProblem of(
      int line, String instansiCode, String field, String messageKey, Object... arguments) {
    return new ImportProblem(line, instansiCode, field, messageKey, List.of(arguments));
  }
}
