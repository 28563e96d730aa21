import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ENDPOINT_POLICY, type EndpointPolicy } from '@jixiao/api-platform';

export interface RouteEntry {
  method: string;
  path: string;
  controller: string;
  handler: string;
  policy: EndpointPolicy | undefined;
}

function joinPath(...parts: string[]): string {
  return `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;
}

/** Every HTTP route the application serves, with the policy its handler declares. */
export function routeInventory(app: INestApplication): RouteEntry[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance) continue;
    const controllerClass = instance.constructor;
    const base = (Reflect.getMetadata(PATH_METADATA, controllerClass) as string | undefined) ?? '';
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      routes.push({
        method,
        path: joinPath('api', base, path),
        controller: controllerClass.name,
        handler: name,
        policy: reflector.getAllAndOverride<EndpointPolicy | undefined>(ENDPOINT_POLICY, [
          handler,
          controllerClass,
        ]),
      });
    }
  }
  return routes;
}
