package dev.topolint.facts;

import dev.topolint.model.DatabaseRole;

/**
 * Where an application sends its writes, resolved against the descriptor.
 *
 * @param app the app service's id
 * @param path the {@code writes_to} declaration
 * @param endpoint the endpoint as written
 * @param host the database host the endpoint names, or {@code null} for a cluster's writer endpoint or an
 *             address outside the descriptor
 * @param cluster the cluster written to, or {@code null} when the endpoint lies outside the descriptor
 * @param role the role of the member written to, or {@code null} when the cluster's writer endpoint (which
 *             follows the primary) or an outside address takes the writes
 */
public record WritePath(String app, String path, String endpoint, String host, String cluster, DatabaseRole role) {
}
