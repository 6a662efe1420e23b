package org.abhilekh.security.entity;

/** What an audit entry records. Stored by name: rename a constant only with a migration. */
public enum AuditAction {
    DOCUMENT_UPLOAD,
    DOCUMENT_EDIT,
    DOCUMENT_VISIBILITY,
    DOCUMENT_DELETE,
    SAFEGUARDING_HOLD,
    SAFEGUARDING_REVIEW,
    DOCUMENT_WITHHOLD,
    DOCUMENT_REDACTED_COPY,
    JOB_RETRY,
    FOLDER_IMPORT,
    OUTLET_CHANGE,
    POST_SAVE,
    POST_PUBLISH,
    POST_DELETE,
    COMMENT_MODERATE,
    KIT_SAVE,
    KIT_PUBLISH,
    LOGIN,
    LOGIN_FAILURE,
    LOGIN_THROTTLED,
    LOGIN_LOCKOUT,
    LOGOUT,
    PASSWORD_CHANGE,
    PASSWORD_RESET,
    USER_CREATE,
    USER_CHANGE,
    REINDEX,
    BACKUP,
    RESTORE
}
