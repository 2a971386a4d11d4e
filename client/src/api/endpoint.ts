import type { z } from "zod";
import { http, send, sendWithoutAnswer } from "./http.ts";

type Method = "get" | "post" | "put" | "patch" | "delete";

/** What a call sends and what it answers, as the shared schemas write them (docs/api.md#spa-api). */
interface Shapes<Body extends z.ZodType | undefined, Answer extends z.ZodType | undefined> {
  /** The JSON body's schema (its type is the call's argument); none: the call takes no argument. */
  body?: Body;
  /** The answer's schema, which it must pass; none: the answer has no body (`204`). */
  answer?: Answer;
}

export type Call<Body, Answer> = (
  ...body: Body extends z.ZodType ? [body: z.infer<Body>] : []
) => Promise<Answer extends z.ZodType ? z.infer<Answer> : void>;

/** A call of the SPA's API at a fixed path, failing with one `ApiError` like every other call. */
export function endpoint<
  Body extends z.ZodType | undefined = undefined,
  Answer extends z.ZodType | undefined = undefined,
>(method: Method, path: string, { answer }: Shapes<Body, Answer> = {}): Call<Body, Answer> {
  const call = (json?: unknown) => {
    const request = () => http(path, { method, json });
    return answer ? send(answer, request) : sendWithoutAnswer(request);
  };
  // The overloads the two schemas describe are one function at run time.
  return call as Call<Body, Answer>;
}
