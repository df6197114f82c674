package org.scholarfolio.cli;

import java.util.List;

/**
 * A first JVM for {@link WaiterInPlaceTest}: starts {@code args[1..]} as its second process and replaces itself by the
 * waiter at once ({@code args[0]} "now"), or once that process has ended ("after-end"); exit code 99 when it was not replaced.
 */
public final class WaiterProbe {
    private WaiterProbe() {
    }

    public static void main(String[] args) throws Exception {
        Process second = new ProcessBuilder(List.of(args).subList(1, args.length)).inheritIO().start();
        if (args[0].equals("after-end")) {
            second.waitFor();
        }
        WaiterInPlace.replace(second, WaiterInPlace.command(WaiterInPlace.perl(), second.pid()), System.getenv());
        System.out.println("not replaced");
        System.exit(99);
    }
}
