package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list whose {@link #setAll(Collection)} takes the new elements in one piece: the
 * toolkit's array list clears and then adds them one by one, each a step of the change it builds,
 * and copies the removed ones the same way (100,000 on opening a large portfolio, on the JavaFX thread).
 */
final class RowList<E> extends ModifiableObservableListBase<E> {
    private List<E> elements = new ArrayList<>();

    @Override
    public boolean setAll(Collection<? extends E> all) {
        List<E> before = elements;
        elements = new ArrayList<>(all);
        if (before.isEmpty() && elements.isEmpty()) {
            return false;
        }
        fireChange(new WholeChange<>(this, 0, elements.size(), before));
        return true;
    }

    @Override
    public E get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    protected void doAdd(int index, E element) {
        elements.add(index, element);
    }

    @Override
    protected E doSet(int index, E element) {
        return elements.set(index, element);
    }

    @Override
    protected E doRemove(int index) {
        return elements.remove(index);
    }
}
