package id.livinglab.common;

/** Something asked for by code or id does not exist (404). */
public class NotFoundException extends BusinessException {

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
