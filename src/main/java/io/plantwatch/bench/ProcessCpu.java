package io.plantwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** CPU time of this whole process (every thread: collector and compilers too), for benchmarks. */
public final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Nanoseconds of CPU this process has used; 0 on a JVM without the JDK's extension of the bean. */
    public static long nanos() {
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        return system instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}
