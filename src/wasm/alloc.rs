//! The module's memory allocator: blocks in power-of-two size classes, each
//! class with a free list, carved from the top of memory.
//!
//! Why not dlmalloc, the standard library's allocator for wasm32: it is 7.5
//! KB of code (3 KB gzipped), and its general bookkeeping (splitting,
//! coalescing, bins) is more than `analyze` needs. An analysis makes tens of
//! thousands of small allocations and frees them all before it returns, and
//! the next call on a page makes about the same ones: a block freed in one
//! call serves the same request in the next, in a few instructions, with no
//! search. Memory is never given back to the engine, as with dlmalloc (a
//! wasm memory cannot shrink).
//!
//! The cost is rounding: a block is at least the request and less than twice
//! it, and a freed block serves only requests of its class.
//!
//! # Resource usage
//! At most twice the memory dlmalloc would use for the same live blocks.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

/// Classes: 2^4 = 16 bytes to 2^31.
const MIN_CLASS: u32 = 4;
const CLASSES: usize = 32;
const PAGE: usize = 65536;

struct State {
    /// The first free byte above every block handed out so far, and the
    /// end of memory (0 before the first allocation).
    top: usize,
    end: usize,
    /// The first free block of each class; a free block holds the address
    /// of the next one in its first word.
    free: [usize; CLASSES],
}

/// The allocator: single-threaded, as wasm32-unknown-unknown is.
pub struct Classes(UnsafeCell<State>);

// SAFETY: wasm32-unknown-unknown has no threads; the state is only touched
// by one allocation call at a time.
unsafe impl Sync for Classes {}

#[global_allocator]
static ALLOCATOR: Classes = Classes(UnsafeCell::new(State {
    top: 0,
    end: 0,
    free: [0; CLASSES],
}));

extern "C" {
    /// The first byte after the module's data and stack, from the linker.
    static __heap_base: u8;
}

/// The class of a request: the smallest power of two that holds it and is
/// a multiple of its alignment.
#[inline]
fn class(layout: Layout) -> u32 {
    let n = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    usize::BITS - (n - 1).leading_zeros()
}

impl State {
    /// A new block of class `c`, from the top: aligned to its size (up to a
    /// page), so that it suits any request of its class.
    unsafe fn carve(&mut self, c: u32) -> *mut u8 {
        if self.end == 0 {
            self.top = std::ptr::addr_of!(__heap_base) as usize;
            self.end = core::arch::wasm32::memory_size(0) * PAGE;
        }
        let size = 1usize << c;
        let align = size.min(PAGE);
        let at = (self.top + align - 1) & !(align - 1);
        let Some(next) = at.checked_add(size) else {
            return std::ptr::null_mut();
        };
        if next > self.end {
            let needed = (next - self.end).div_ceil(PAGE);
            // Grow by at least an eighth of the memory so far: each
            // `memory.grow` is a call into the engine, and growing page by
            // page makes a large first analysis pay for thousands of them.
            let mut pages = needed.max(self.end / PAGE / 8);
            if core::arch::wasm32::memory_grow(0, pages) == usize::MAX {
                pages = needed;
                if core::arch::wasm32::memory_grow(0, pages) == usize::MAX {
                    return std::ptr::null_mut();
                }
            }
            self.end += pages * PAGE;
        }
        self.top = next;
        at as *mut u8
    }
}

unsafe impl GlobalAlloc for Classes {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let state = &mut *self.0.get();
        let c = class(layout);
        if c as usize >= CLASSES || layout.align() > PAGE {
            return std::ptr::null_mut();
        }
        let head = state.free[c as usize];
        if head != 0 {
            state.free[c as usize] = *(head as *const usize);
            return head as *mut u8;
        }
        state.carve(c)
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let state = &mut *self.0.get();
        let c = class(layout) as usize;
        *(ptr as *mut usize) = state.free[c];
        state.free[c] = ptr as usize;
    }

    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = Layout::from_size_align_unchecked(new_size, layout.align());
        // The block holds anything up to the size of its class; a block
        // kept for a smaller request is later freed into the smaller class,
        // which it also suits (it is larger and aligned to its size).
        if class(new) <= class(layout) {
            return ptr;
        }
        let fresh = self.alloc(new);
        if !fresh.is_null() {
            std::ptr::copy_nonoverlapping(ptr, fresh, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        fresh
    }
}
