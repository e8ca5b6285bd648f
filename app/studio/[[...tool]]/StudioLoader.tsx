'use client'

import dynamic from 'next/dynamic'

// A chunk of its own, fetched only when a configured project renders it: the Studio is megabytes of
// JavaScript and CSS (with a reset layer) that the setup notice must not load.
export const StudioLoader = dynamic(() => import('./Studio').then((module) => module.Studio))
