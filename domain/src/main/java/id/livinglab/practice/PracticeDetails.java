package id.livinglab.practice;

import java.util.List;
import java.util.Set;

/**
 * What an owner writes about its practice, as one value so that a draft is described and revised in
 * one step. Texts come in Bahasa Indonesia with an optional English version; the service has
 * checked lengths, plain text and addresses before it builds one.
 */
public record PracticeDetails(
    String title,
    Set<PracticeCategory> categories,
    String summaryId,
    String summaryEn,
    String problemId,
    String problemEn,
    String howItWorks,
    String results,
    Maturity maturity,
    PracticeStatus status,
    Integer yearStarted,
    String demoUrl,
    String videoUrl,
    SourceCode sourceCode,
    String licence,
    String team,
    String noteId,
    String noteEn,
    List<String> sources) {

  public static final int TITLE_LENGTH = 200;
  public static final int SUMMARY_LENGTH = 2000;
  public static final int PROBLEM_LENGTH = 1000;
  public static final int LONG_TEXT_LENGTH = 4000;
  public static final int URL_LENGTH = 500;
  public static final int LICENCE_LENGTH = 100;
  public static final int MAX_SOURCES = 10;

  public PracticeDetails {
    categories = Set.copyOf(categories);
    sources = List.copyOf(sources);
    if (title == null || title.isBlank() || categories.isEmpty()) {
      throw new IllegalArgumentException("a practice needs a title and a category");
    }
  }
}
