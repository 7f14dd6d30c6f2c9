package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads journeys for the HTTP API from the stored contacts and their derived values. */
@Singleton
class JourneyReads {

    private final ConnectionOperations<Connection> connections;
    private final JourneyDerivations derivations;

    JourneyReads(ConnectionOperations<Connection> connections, JourneyDerivations derivations) {
        this.connections = connections;
        this.derivations = derivations;
    }

    JourneyResponse byJourneyId(String brandId, String journeyId) {
        List<Contact> contacts = read(connection -> JourneyContacts.find(connection, brandId, "journey_id", List.of(journeyId)));
        if (contacts.isEmpty()) {
            throw ProblemException.notFound("Journey", journeyId);
        }
        contacts.sort(JourneyDerivation.ORDER);
        return JourneyResponse.of(brandId, journeyId, contacts);
    }

    /** Every journey holding contacts stored under any of {@code pseudonyms}, in order of first contact. */
    JourneysResponse byCustomer(String brandId, Set<String> pseudonyms) {
        List<List<Contact>> journeys = read(connection -> {
            Map<Integer, String> touchpoints = JourneyContacts.touchpointsOf(connection, brandId);
            Map<Contact.Key, Contact> found = new HashMap<>();
            JourneyContacts.load(connection, brandId, "customer", pseudonyms, touchpoints, found);
            Set<String> journeyIds = new HashSet<>();
            found.values().forEach(c -> {
                if (c.journeyId() != null) {
                    journeyIds.add(c.journeyId());
                }
            });
            JourneyContacts.load(connection, brandId, "journey_id", journeyIds, touchpoints, found);
            return JourneyDerivation.journeys(new ArrayList<>(found.values()), derivations.repeatWindow(brandId));
        });
        return new JourneysResponse(journeys.stream().limit(JourneysResponse.MAX_JOURNEYS)
                .map(j -> JourneyResponse.of(brandId, j.getFirst().journeyId(), j)).toList());
    }

    private interface Read<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> read) {
        return connections.executeRead(status -> {
            try {
                return read.apply(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("Reading journeys failed", e);
            }
        });
    }
}
