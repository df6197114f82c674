package org.scholarfolio;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one way to let a class depend on something the package rules forbid (see
 * {@code ArchitectureTest}): it names the classes it may use and says why, so that each exception
 * is read where it is made. Nested classes inherit their enclosing class's exceptions.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedDependency {
    /** The classes this class may use although its package may not. */
    Class<?>[] on();

    /** Why the rule does not hold here, in a sentence. */
    String reason();
}
