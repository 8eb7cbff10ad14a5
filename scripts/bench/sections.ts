import { canteenBench } from './canteen-bench';
import { clinicBench } from './clinic-bench';
import { floorBench } from './floor-bench';
import { heatingBench } from './heating-bench';
import { jobsBench } from './jobs-bench';
import type { BenchSection } from './harness';

/**
 * Each service adds its section here; every mutation is printed as a ratio to /healthz.
 * The floor (what any POST costs before its own work) always runs first.
 */
export const BENCH_SECTIONS: BenchSection[] = [floorBench, clinicBench, heatingBench, canteenBench, jobsBench];
