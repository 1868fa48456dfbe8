package id.livinglab.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Root of the business errors: named, rolled back, and told to the user from the bundles by {@link
 * #messageKey()} with {@link #arguments()}. Faces shows it as a message, REST as a problem
 * response, both in the user's language.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  protected BusinessException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** Bundle key of the user message, e.g. {@code error.instansi.notFound}. */
  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
