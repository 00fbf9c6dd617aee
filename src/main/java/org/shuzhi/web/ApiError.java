package org.shuzhi.web;

/**
 * A request the API refuses: an HTTP 4xx status (or 503 when busy) and a one-line Chinese message for
 * {"error": …}.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final int retryAfterSeconds;

    public ApiError(int status, String message) {
        this(status, message, 0);
    }

    private ApiError(int status, String message, int retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 503 with Retry-After: refused at once because the server is at capacity. */
    public static ApiError busy(String message, int retryAfterSeconds) {
        return new ApiError(503, message, retryAfterSeconds);
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public int status() {
        return status;
    }

    /** Seconds to wait before retrying, or 0 when retrying will not help. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
