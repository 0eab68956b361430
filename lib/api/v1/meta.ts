/** The API's description of itself. */
import { defineOperation } from "../operation";
import { z } from "zod";

export const getOpenApi = defineOperation({
  operationId: "getOpenApi",
  method: "GET",
  path: "/openapi.json",
  summary: "This OpenAPI document",
  description: "The OpenAPI 3.1 description of /api/v1, generated from the schemas the server validates with. No token needed. Rendered for people at /api/docs.",
  tags: ["Meta"],
  auth: false,
  responses: { 200: { description: "OpenAPI 3.1 document.", schema: z.record(z.string(), z.unknown()) } },
});
