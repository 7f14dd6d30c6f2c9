// Compiles only if the merged OpenAPI document describes create-promise and read-alignment as a front end would call them.
import createClient from "openapi-fetch";
import type { paths } from "./generated/api";

const api = createClient<paths>({ baseUrl: "http://localhost:8080" });

export async function createPromise(apiKey: string, brandId: string): Promise<string> {
  const { data, error } = await api.POST("/api/v1/brands/{brandId}/promises", {
    params: { path: { brandId } },
    headers: { Authorization: `Bearer ${apiKey}` },
    body: {
      title: "Your call answered within a minute",
      statement: "When you call us, a person answers within 60 seconds.",
      touchpointTypes: ["CALL_CENTRE"],
      priority: 4,
      commitments: [
        {
          key: "answered_in_60s",
          metric: "wait_seconds",
          op: "LE",
          threshold: 60,
          objective: 0.8,
          window: { type: "ROLLING_DAYS", days: 28 },
        },
      ],
    },
  });
  if (error) {
    throw new Error(`${error.status} ${error.detail ?? error.title}`);
  }
  if (!data.id) {
    throw new Error("created promise has no id");
  }
  return data.id;
}

export async function readAlignment(apiKey: string, brandId: string): Promise<{ asOf?: string; index?: number | null; stale?: boolean }> {
  const { data, error } = await api.GET("/api/v1/alignment/brands/{brandId}", {
    params: { path: { brandId } },
    headers: { Authorization: `Bearer ${apiKey}` },
  });
  if (error) {
    throw new Error(`${error.status} ${error.detail ?? error.title}`);
  }
  return { asOf: data.asOf, index: data.index, stale: data.stale };
}
