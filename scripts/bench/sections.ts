import { canteenBench } from './canteen-bench';
import { clinicBench } from './clinic-bench';
import { heatingBench } from './heating-bench';
import { jobsBench } from './jobs-bench';
import type { BenchSection } from './harness';

/** Each service adds its section here; every mutation is printed as a ratio to /healthz. */
export const BENCH_SECTIONS: BenchSection[] = [clinicBench, heatingBench, canteenBench, jobsBench];
