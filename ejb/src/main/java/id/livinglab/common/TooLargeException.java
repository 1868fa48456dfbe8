package id.livinglab.common;

/** An upload over the configured limit (413): refused while reading, nothing kept. */
public class TooLargeException extends BusinessException {

  public TooLargeException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
