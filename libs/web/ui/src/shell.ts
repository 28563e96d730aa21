/**
 * `@jixiao/web-ui/shell`: what the app's root routes need at start (the shell and the not-found
 * page), without the rest of the UI library. Importing the whole `@jixiao/web-ui` there would pull
 * every shared component and what they use (the password hints bring the domain's password list and,
 * through the domain's main entry, the scoring engine and the lifecycle machine) into the initial
 * bundle; the feature pages, loaded lazily, import `@jixiao/web-ui` as usual.
 */
export { ShellComponent } from './lib/shell/shell.component';
export { NotFoundPage } from './lib/not-found/not-found.page';
