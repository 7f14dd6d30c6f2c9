export async function runNegativeSuite(o: unknown): Promise<{cases: number; failures: string[]; refusedByPrism: number}> { return {cases:0,failures:[],refusedByPrism:0}; }
