package io.brandbridge.defaults.outbound;

import io.micronaut.context.annotation.DefaultImplementation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks up every address of a host name; the system resolver unless a test gives fixed answers. */
@DefaultImplementation(SystemHostResolver.class)
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
