package dev.topolint.model;

/** What a listener or a backend hop speaks. */
public enum Protocol {
    /** Plaintext HTTP. */
    HTTP,
    /** HTTP inside TLS, terminated by whoever declares it. */
    HTTPS,
    /** Layer 4: bytes are passed through unread, so TLS inside them reaches the backend intact. */
    TCP
}
