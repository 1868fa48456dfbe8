package id.livinglab.common;

/** Input that cannot be used (400): {@link #field()} names it so that a client can point at it. */
public class InvalidInputException extends BusinessException {

  private final String field;

  public InvalidInputException(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
