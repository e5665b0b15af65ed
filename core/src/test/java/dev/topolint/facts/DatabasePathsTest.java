package dev.topolint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.DescriptorException;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.model.DatabaseRole;
import dev.topolint.model.Descriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabasePathsTest {

    private static DatabasePaths paths(String text) throws DescriptorException {
        Descriptor descriptor = new DescriptorLoader().load("d.yaml", text).descriptor();
        return new DatabasePaths(new ComponentIndex(descriptor), TopologyFacts.clusters(descriptor));
    }

    private static final String CHAIN = """
            topolint: 1
            hosts:
              - {id: app-01, services: [{type: app, writes_to: "10.0.0.33:3306"}]}
              - {id: app-02, services: [{type: app, writes_to: mysql}]}
              - {id: app-03, services: [{type: app, writes_to: "db.example.net:3306"}]}
              - {id: db-01, private_ip: 10.0.0.31, services: [{type: db}]}
              - {id: db-02, private_ip: 10.0.0.32, services: [{type: db}]}
              - {id: db-03, private_ip: 10.0.0.33, services: [{type: db}]}
            databases:
              - id: mysql
                members:
                  - {host: db-01, role: primary}
                  - {host: db-02, role: replica, replicates_from: db-01}
                  - {host: db-03, role: replica, replicates_from: "10.0.0.32:3306"}
            """;

    @Test
    void resolvesEachWriteEndpoint() throws DescriptorException {
        assertEquals(List.of(
                new WritePath("app@app-01", "/hosts/0/services/0/writes_to", "10.0.0.33:3306", "db-03", "mysql",
                        DatabaseRole.REPLICA),
                new WritePath("app@app-02", "/hosts/1/services/0/writes_to", "mysql", null, "mysql", null),
                new WritePath("app@app-03", "/hosts/2/services/0/writes_to", "db.example.net:3306", null, null, null)),
                paths(CHAIN).writePaths());
    }

    @Test
    void followsAChainOfReplicasToItsPrimary() throws DescriptorException {
        assertEquals(List.of(
                new ReplicaSource("db-02", "/databases/0/members/1", true, "db-02 -> db-01"),
                new ReplicaSource("db-03", "/databases/0/members/2", true, "db-03 -> db-02 -> db-01")),
                paths(CHAIN).replicaSources());
    }

    @Test
    void aChainThatLeavesTheDescriptorOrLoopsReachesNoPrimary() throws DescriptorException {
        String text = CHAIN.replace("{host: db-01, role: primary}", "{host: db-01, role: replica, replicates_from: db-03}");
        assertEquals(List.of(
                new ReplicaSource("db-01", "/databases/0/members/0", false, "db-01 -> db-03 -> db-02 -> db-01"),
                new ReplicaSource("db-02", "/databases/0/members/1", false, "db-02 -> db-01 -> db-03 -> db-02"),
                new ReplicaSource("db-03", "/databases/0/members/2", false, "db-03 -> db-02 -> db-01 -> db-03")),
                paths(text).replicaSources());
        assertEquals(new ReplicaSource("db-02", "/databases/0/members/1", false, "db-02 -> db-09:3306"),
                paths(CHAIN.replace("replicates_from: db-01}", "replicates_from: \"db-09:3306\"}"))
                        .replicaSources().get(0));
    }
}
