package id.livinglab.common;

/**
 * The data changed under the caller, or its stage does not allow the change (409): nothing was
 * stored.
 */
public class ConflictException extends BusinessException {

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
