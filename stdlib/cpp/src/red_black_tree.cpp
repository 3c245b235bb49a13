// red_black_tree.cpp: the parts of the red-black tree behind map, set,
// multimap and multiset that do not depend on the element type: stepping
// through the tree in order, and rebalancing after an insertion or before
// an erasure (the algorithms of Cormen et al., "Introduction to
// Algorithms", chapter 13, with null leaves).
#include <bits/red_black_tree.h>

namespace std::__detail {

namespace {
using node = tree_node_base;

node *leftmost(node *start) {
    while (start->left)
        start = start->left;
    return start;
}

node *rightmost(node *start) {
    while (start->right)
        start = start->right;
    return start;
}

// Puts `replacement` (may be null) where `old` hangs in the tree.
void transplant(node *old, node *replacement, node *header) {
    node *parent = old->parent;
    if (parent == header)
        header->parent = replacement;
    else if (old == parent->left)
        parent->left = replacement;
    else
        parent->right = replacement;
    if (replacement)
        replacement->parent = parent;
}

void rotate_left(node *top, node *header) {
    node *child = top->right;
    top->right = child->left;
    if (child->left)
        child->left->parent = top;
    transplant(top, child, header);
    child->left = top;
    top->parent = child;
}

void rotate_right(node *top, node *header) {
    node *child = top->left;
    top->left = child->right;
    if (child->right)
        child->right->parent = top;
    transplant(top, child, header);
    child->right = top;
    top->parent = child;
}

bool is_red(const node *candidate) { return candidate && candidate->red; }
} // namespace

tree_node_base *tree_next(tree_node_base *current) noexcept {
    if (current->right)
        return leftmost(current->right);
    node *parent = current->parent;
    while (!parent->is_header && current == parent->right) {
        current = parent;
        parent = parent->parent;
    }
    return parent;
}

tree_node_base *tree_previous(tree_node_base *current) noexcept {
    // end()'s predecessor is the last element.
    if (current->is_header)
        return current->right;
    if (current->left)
        return rightmost(current->left);
    node *parent = current->parent;
    while (!parent->is_header && current == parent->left) {
        current = parent;
        parent = parent->parent;
    }
    return parent;
}

void tree_insert_and_rebalance(bool as_left_child, tree_node_base *inserted, tree_node_base *parent,
                               tree_node_base *header) noexcept {
    inserted->parent = parent;
    inserted->left = nullptr;
    inserted->right = nullptr;
    inserted->red = true;
    inserted->is_header = false;
    if (parent == header) {
        // The first node.
        header->parent = inserted;
        header->left = inserted;
        header->right = inserted;
    } else if (as_left_child) {
        parent->left = inserted;
        if (parent == header->left)
            header->left = inserted;
    } else {
        parent->right = inserted;
        if (parent == header->right)
            header->right = inserted;
    }

    node *current = inserted;
    while (current != header->parent && current->parent->red) {
        node *above = current->parent;
        node *grandparent = above->parent;
        if (above == grandparent->left) {
            node *uncle = grandparent->right;
            if (is_red(uncle)) {
                above->red = false;
                uncle->red = false;
                grandparent->red = true;
                current = grandparent;
            } else {
                if (current == above->right) {
                    current = above;
                    rotate_left(current, header);
                    above = current->parent;
                }
                above->red = false;
                grandparent->red = true;
                rotate_right(grandparent, header);
            }
        } else {
            node *uncle = grandparent->left;
            if (is_red(uncle)) {
                above->red = false;
                uncle->red = false;
                grandparent->red = true;
                current = grandparent;
            } else {
                if (current == above->left) {
                    current = above;
                    rotate_right(current, header);
                    above = current->parent;
                }
                above->red = false;
                grandparent->red = true;
                rotate_left(grandparent, header);
            }
        }
    }
    header->parent->red = false;
}

void tree_erase_and_rebalance(tree_node_base *erased, tree_node_base *header) noexcept {
    if (header->left == erased)
        header->left = erased->right ? leftmost(erased->right) : erased->parent;
    if (header->right == erased)
        header->right = erased->left ? rightmost(erased->left) : erased->parent;

    // `replacement` takes the place of the node that leaves its position
    // (erased itself, or its successor moved into erased's place).
    node *replacement;
    node *replacement_parent;
    bool removed_red;
    if (!erased->left || !erased->right) {
        replacement = erased->left ? erased->left : erased->right;
        replacement_parent = erased->parent;
        removed_red = erased->red;
        transplant(erased, replacement, header);
    } else {
        node *successor = leftmost(erased->right);
        removed_red = successor->red;
        replacement = successor->right;
        if (successor->parent == erased) {
            replacement_parent = successor;
        } else {
            replacement_parent = successor->parent;
            transplant(successor, replacement, header);
            successor->right = erased->right;
            successor->right->parent = successor;
        }
        transplant(erased, successor, header);
        successor->left = erased->left;
        successor->left->parent = successor;
        successor->red = erased->red;
    }
    if (removed_red)
        return;

    // A black node left: `replacement` carries an extra black to push up.
    node *current = replacement;
    node *parent = replacement_parent;
    while (current != header->parent && !is_red(current)) {
        if (current == parent->left) {
            node *sibling = parent->right;
            if (sibling->red) {
                sibling->red = false;
                parent->red = true;
                rotate_left(parent, header);
                sibling = parent->right;
            }
            if (!is_red(sibling->left) && !is_red(sibling->right)) {
                sibling->red = true;
                current = parent;
                parent = current->parent;
            } else {
                if (!is_red(sibling->right)) {
                    sibling->left->red = false;
                    sibling->red = true;
                    rotate_right(sibling, header);
                    sibling = parent->right;
                }
                sibling->red = parent->red;
                parent->red = false;
                if (sibling->right)
                    sibling->right->red = false;
                rotate_left(parent, header);
                current = header->parent;
                break;
            }
        } else {
            node *sibling = parent->left;
            if (sibling->red) {
                sibling->red = false;
                parent->red = true;
                rotate_right(parent, header);
                sibling = parent->left;
            }
            if (!is_red(sibling->right) && !is_red(sibling->left)) {
                sibling->red = true;
                current = parent;
                parent = current->parent;
            } else {
                if (!is_red(sibling->left)) {
                    sibling->right->red = false;
                    sibling->red = true;
                    rotate_left(sibling, header);
                    sibling = parent->left;
                }
                sibling->red = parent->red;
                parent->red = false;
                if (sibling->left)
                    sibling->left->red = false;
                rotate_right(parent, header);
                current = header->parent;
                break;
            }
        }
    }
    if (current)
        current->red = false;
}

} // namespace std::__detail
