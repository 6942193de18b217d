package org.copydesk.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BooleanSupplier;
import org.copydesk.api.StateStore;

/**
 * A pipeline's state store with injected failures, for testing what an input does when its store fails (a full disk,
 * a closed store); everything else goes to the real store.
 */
public final class FaultyStateStore {
    private FaultyStateStore() {
    }

    /** Commits throw {@code IllegalStateException("No space left on device (injected)")} while {@code failing}. */
    public static StateStore commitsFailWhile(StateStore real, BooleanSupplier failing) {
        return new StateStore() {
            @Override
            public StateMap map(String name) {
                return real.map(name);
            }

            @Override
            public void commit() {
                if (failing.getAsBoolean()) {
                    throw new IllegalStateException("No space left on device (injected)");
                }
                real.commit();
            }
        };
    }

    /** Every read and write of a map throws {@code IllegalStateException("the store is closed (injected)")} while {@code failing}. */
    public static StateStore mapsFailWhile(StateStore real, BooleanSupplier failing) {
        return new StateStore() {
            @Override
            public StateMap map(String name) {
                StateMap m = real.map(name);
                return (StateMap) Proxy.newProxyInstance(StateMap.class.getClassLoader(), new Class<?>[] {StateMap.class},
                        (proxy, method, args) -> {
                            if (failing.getAsBoolean()) {
                                throw new IllegalStateException("the store is closed (injected)");
                            }
                            try {
                                return method.invoke(m, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override
            public void commit() {
                real.commit();
            }
        };
    }
}
