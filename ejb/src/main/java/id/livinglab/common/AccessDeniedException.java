package id.livinglab.common;

/** The caller's role or instansi does not allow this (403): never a hint of what exists. */
public class AccessDeniedException extends BusinessException {

  public AccessDeniedException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
